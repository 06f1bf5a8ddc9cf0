package org.plaza.starter.warmup;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The warm-up before readiness ({@link WarmUpRunner}), when {@code plaza.warm-up.enabled} is true (the
 * {@code embedded} and {@code docker} profiles' default; tests start without it).
 */
@AutoConfiguration
@EnableConfigurationProperties(WarmUpSettings.class)
@ConditionalOnProperty(name = "plaza.warm-up.enabled", havingValue = "true")
public class WarmUpAutoConfiguration {

    @Bean
    WarmUpRunner plazaWarmUp(WarmUpSettings settings, ObjectProvider<WarmUp> warmUps, ApplicationContext context,
            Environment environment) {
        return new WarmUpRunner(settings, settings.steps() ? warmUps.orderedStream().toList() : List.of(),
                loopback(environment),
                () -> context instanceof WebServerApplicationContext web && web.getWebServer() != null
                        ? web.getWebServer().getPort() : -1);
    }

    /** The server's own address when it is bound to one, else loopback. */
    static String loopback(Environment environment) {
        String address = environment.getProperty("server.address", "");
        return address.isBlank() || address.equals("0.0.0.0") || address.equals("::") ? "127.0.0.1" : address;
    }
}
