package dev.longyuan.system.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL is the system of record: the server at {@code LONGYUAN_DB_URL} when one is set,
 * otherwise an embedded one under the home directory.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${longyuan.db.url:}'.isBlank() and !${longyuan.db.attach:false}")
  EmbeddedPostgresServer embeddedPostgresServer(@Value("${longyuan.home}") Path home) {
    return EmbeddedPostgresServer.start(home);
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      ObjectProvider<EmbeddedPostgresServer> embedded,
      @Value("${longyuan.db.url:}") String url,
      @Value("${longyuan.db.user:}") String user,
      @Value("${longyuan.db.password:}") String password,
      @Value("${longyuan.db.attach:false}") boolean attach,
      @Value("${longyuan.home}") Path home) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setPoolName("longyuan");
    EmbeddedPostgresServer server = embedded.getIfAvailable();
    if (server != null) {
      dataSource.setJdbcUrl(server.jdbcUrl());
      dataSource.setUsername("postgres");
    } else if (url.isBlank() && attach) {
      dataSource.setJdbcUrl(EmbeddedPostgresServer.attachedJdbcUrl(home));
      dataSource.setUsername("postgres");
    } else {
      dataSource.setJdbcUrl(url);
      dataSource.setUsername(user);
      dataSource.setPassword(password);
    }
    dataSource.setMaximumPoolSize(10);
    return dataSource;
  }
}
