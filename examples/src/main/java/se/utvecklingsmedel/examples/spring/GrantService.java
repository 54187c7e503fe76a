package se.utvecklingsmedel.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small Spring Boot service embedding the library, as a government application would:
 * an allocation endpoint, a split endpoint and a municipality lookup.
 *
 * <p>It registers nothing for JSON: io-json declares {@code GrantJsonModule} to Spring Boot, which
 * adds every Jackson {@code Module} bean to its {@code ObjectMapper} (see the README, "Spring
 * Boot"). Bad input is answered by {@link ProblemHandler} as {@code application/problem+json}.
 *
 * <p>Run it with {@code mvn -pl examples exec:java
 * -Dexec.mainClass=se.utvecklingsmedel.examples.spring.GrantService}; it listens on 127.0.0.1:8080.
 */
@SpringBootApplication
public class GrantService {

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments, e.g. {@code --server.port=9090}
   */
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(GrantService.class);
    application.setDefaultProperties(java.util.Map.of("server.address", "127.0.0.1"));
    application.run(args);
  }
}
