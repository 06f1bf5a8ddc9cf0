package org.plaza.comments.config;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** The origins used in links: configured ones, or this instance's own port once the server runs. */
@Component
public class BaseUrls {

    private final CommentsSettings settings;
    private final Environment environment;

    BaseUrls(CommentsSettings settings, Environment environment) {
        this.settings = settings;
        this.environment = environment;
    }

    /** Where residents open their links, without a trailing slash. */
    public String publicBase() {
        return settings.publicBaseUrl().isBlank() ? "http://localhost:" + port() : strip(settings.publicBaseUrl());
    }

    /** Where the notifications service fetches packet files, without a trailing slash. */
    public String packetBase() {
        return settings.packetBaseUrl().isBlank() ? "http://127.0.0.1:" + port() : strip(settings.packetBaseUrl());
    }

    private String port() {
        return environment.getProperty("local.server.port", environment.getProperty("server.port", "8084"));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
