package dev.longyuan.plan.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Where plan files come from: the plans shipped in the jar ({@code plans/*.yaml}) and any placed in
 * {@code $LONGYUAN_HOME/plans/}.
 */
public final class PlanSources {

  private PlanSources() {}

  /**
   * A plan file's text, where it came from, and its SHA-256 (to skip reloading an unchanged file).
   */
  public record PlanSource(String location, String text) {

    public String sha256() {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  public static List<PlanSource> all(Path home) throws IOException {
    List<PlanSource> sources = new ArrayList<>(shipped());
    Path directory = home.resolve("plans");
    if (Files.isDirectory(directory)) {
      try (Stream<Path> files = Files.list(directory)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
          sources.add(
              new PlanSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
    return sources;
  }

  public static List<PlanSource> shipped() throws IOException {
    List<PlanSource> sources = new ArrayList<>();
    for (Resource resource :
        new PathMatchingResourcePatternResolver().getResources("classpath*:plans/*.yaml")) {
      try (InputStream in = resource.getInputStream()) {
        sources.add(
            new PlanSource(
                "classpath:plans/" + resource.getFilename(),
                new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      }
    }
    return sources;
  }
}
