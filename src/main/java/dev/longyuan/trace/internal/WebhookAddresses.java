package dev.longyuan.trace.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may be sent. A subscriber names the address, so without a limit anyone who may
 * subscribe could make the platform post to the machines around it (its own loopback, the
 * database's host, a cloud's metadata service). Public addresses are allowed; loopback, private,
 * link-local, unique-local and unspecified ones only within the networks the operator lists in
 * {@code longyuan.trace.webhooks.allowed-networks} (CIDR, comma-separated, empty by default) — a
 * province's e-government network, say. Checked when subscribing and again before each post, since
 * a name may come to resolve elsewhere.
 */
@Component
class WebhookAddresses {

  /** One network of the operator's list, as its address bytes and prefix length. */
  record Network(byte[] address, int prefix) {

    static Network parse(String cidr) {
      String[] parts = cidr.strip().split("/", 2);
      try {
        byte[] address = InetAddress.getByName(parts[0]).getAddress();
        int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : address.length * 8;
        if (prefix < 0 || prefix > address.length * 8) {
          throw new IllegalArgumentException("the prefix of " + cidr + " is out of range");
        }
        return new Network(address, prefix);
      } catch (UnknownHostException | NumberFormatException e) {
        throw new IllegalArgumentException(
            "longyuan.trace.webhooks.allowed-networks: " + cidr + " is not a network in CIDR form",
            e);
      }
    }

    boolean contains(InetAddress candidate) {
      byte[] other = candidate.getAddress();
      if (other.length != address.length) {
        return false;
      }
      int whole = prefix / 8;
      if (!Arrays.equals(address, 0, whole, other, 0, whole)) {
        return false;
      }
      int rest = prefix % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (address[whole] & mask) == (other[whole] & mask);
    }
  }

  /** Why a webhook may not go to an address, in Chinese and English. */
  record Unreachable(String zh, String en) {}

  private final List<Network> allowed;

  WebhookAddresses(@Value("${longyuan.trace.webhooks.allowed-networks:}") List<String> networks) {
    this.allowed = networks.stream().filter(n -> !n.isBlank()).map(Network::parse).toList();
  }

  /**
   * Why the platform may not post to this address, in Chinese and English, if it may not: a host
   * that does not resolve, or one resolving to an internal address outside the allowed networks.
   */
  Optional<Unreachable> refusal(URI dest) {
    String host = dest.getHost();
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host);
    } catch (UnknownHostException e) {
      return Optional.of(
          new Unreachable("主机 " + host + " 无法解析", "the host " + host + " does not resolve"));
    }
    for (InetAddress address : addresses) {
      if (internal(address) && allowed.stream().noneMatch(n -> n.contains(address))) {
        return Optional.of(
            new Unreachable(
                "指向内部地址 " + address.getHostAddress() + "，不在允许的网络之内",
                "points at the internal address "
                    + address.getHostAddress()
                    + ", outside the allowed networks"));
      }
    }
    return Optional.empty();
  }

  private static boolean internal(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocal;
  }
}
