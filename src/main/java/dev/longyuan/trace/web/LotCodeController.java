package dev.longyuan.trace.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import dev.longyuan.trace.HerbProfile;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The code printed on a lot's package (商品二维码, GB/T 33993, in its GS1 Digital Link URI form): a QR
 * image of {@code https://<this platform>/01/<GTIN>/10/<batch>}, and that address resolving to the
 * lot's public page, so that a phone scanning the package lands on it.
 */
@RestController
class LotCodeController {

  /** Modules a side, the quiet zone included, drawn at this many pixels each. */
  private static final int PIXELS_PER_MODULE = 8;

  @GetMapping(path = "/trace/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(@PathVariable String code, HttpServletRequest request) {
    String[] lot = gtinAndBatch(code);
    String link =
        ServletUriComponentsBuilder.fromContextPath(request)
            .path("/01/{gtin}/10/{batch}")
            .buildAndExpand(lot[0], lot[1])
            .toUriString();
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noCache())
        .header("X-Digital-Link", link)
        .body(png(link));
  }

  /** The Digital Link a package carries, resolved to the lot's page. */
  @GetMapping("/01/{gtin}/10/{batch}")
  ResponseEntity<Void> resolve(@PathVariable String gtin, @PathVariable String batch) {
    String code = HerbProfile.code(gtin, batch);
    gtinAndBatch(code);
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/trace/" + code))
        .build();
  }

  /** The GTIN and batch of a public code ({@code GTIN-batch}), refused with 404 when not one. */
  private static String[] gtinAndBatch(String code) {
    if (HerbProfile.lotOfCode(code).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, code);
    }
    return new String[] {code.substring(0, 14), code.substring(15)};
  }

  private static byte[] png(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalStateException(
          "a Digital Link of a GTIN and batch always fits a QR code", e);
    }
    int size = matrix.getWidth() * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean dark = matrix.get(x / PIXELS_PER_MODULE, y / PIXELS_PER_MODULE);
        image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
