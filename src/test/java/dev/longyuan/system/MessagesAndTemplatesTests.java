package dev.longyuan.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Every visible string is a message key, present in Chinese and English. */
class MessagesAndTemplatesTests {

  private static final Path TEMPLATES = Path.of("src/main/resources/templates");
  private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

  @Test
  void chineseAndEnglishHaveTheSameKeys() throws IOException {
    assertThat(messages("messages.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(
            messages("messages_en.properties").stringPropertyNames());
  }

  @Test
  void everyKeyATemplateUsesExists() throws IOException {
    Properties chinese = messages("messages.properties");
    for (Path template : templates()) {
      Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
      while (keys.find()) {
        assertThat(chinese).as(template + " uses " + keys.group(1)).containsKey(keys.group(1));
      }
    }
  }

  @Test
  void templatesHoldNoLiteralText() throws IOException {
    for (Path template : templates()) {
      List<String> literals =
          Jsoup.parse(Files.readString(template)).body().getAllElements().stream()
              .flatMap(e -> e.textNodes().stream())
              .map(TextNode::text)
              .map(String::strip)
              .filter(text -> text.codePoints().anyMatch(Character::isLetter))
              .toList();
      assertThat(literals).as(template.toString()).isEmpty();
    }
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".html")).toList();
    }
  }

  private static Properties messages(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = MessagesAndTemplatesTests.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
