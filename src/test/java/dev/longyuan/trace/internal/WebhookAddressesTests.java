package dev.longyuan.trace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where webhooks may go: public addresses, and internal ones only within the listed networks. */
class WebhookAddressesTests {

  final WebhookAddresses provincial =
      new WebhookAddresses(List.of("10.20.0.0/16", "fd00:abcd::/32"));
  final WebhookAddresses none = new WebhookAddresses(List.of());

  @Test
  void aNetworkContainsTheAddressesItsPrefixCovers() throws Exception {
    var sixteen = WebhookAddresses.Network.parse("10.20.0.0/16");
    assertThat(sixteen.contains(InetAddress.getByName("10.20.5.1"))).isTrue();
    assertThat(sixteen.contains(InetAddress.getByName("10.21.0.1"))).isFalse();
    // a prefix that ends inside a byte: 172.16.0.0/12 runs to 172.31.255.255
    var twelve = WebhookAddresses.Network.parse("172.16.0.0/12");
    assertThat(twelve.contains(InetAddress.getByName("172.31.255.255"))).isTrue();
    assertThat(twelve.contains(InetAddress.getByName("172.32.0.1"))).isFalse();
    assertThat(twelve.contains(InetAddress.getByName("::1"))).isFalse();
    assertThatThrownBy(() -> WebhookAddresses.Network.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void internalAddressesAreRefusedOutsideTheListedNetworks() {
    assertThat(provincial.refusal(URI.create("http://10.20.1.1/epcis"))).isEmpty();
    assertThat(provincial.refusal(URI.create("http://[fd00:abcd::7]/epcis"))).isEmpty();
    assertThat(provincial.refusal(URI.create("http://10.30.1.1/epcis")))
        .hasValueSatisfying(
            u -> {
              assertThat(u.zh()).contains("内部地址 10.30.1.1");
              assertThat(u.en()).contains("internal address 10.30.1.1");
            });
    for (String internal :
        List.of(
            "http://127.0.0.1:8080/admin",
            "http://169.254.169.254/latest/meta-data",
            "http://192.168.1.10/",
            "http://[::1]/",
            "http://[fc00::1]/",
            "http://0.0.0.0/")) {
      assertThat(none.refusal(URI.create(internal))).as(internal).isPresent();
    }
    assertThat(none.refusal(URI.create("https://8.8.8.8/hook"))).isEmpty();
  }
}
