package org.plaza.starter.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Properties;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Adds the platform's conventions as the lowest-precedence property sources, so each service
 * inherits them and overrides any of them in its own {@code application.yml}: every
 * {@code classpath*:plaza-defaults/*.properties}, and for each active profile
 * {@code classpath*:plaza-defaults/<profile>/*.properties} just above them (the {@code docker}
 * profile's in-network addresses, for example).
 */
public class PlazaDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "plazaDefaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var sources = environment.getPropertySources();
        if (sources.contains(SOURCE_NAME)) {
            return;
        }
        sources.addLast(new PropertiesPropertySource(SOURCE_NAME, load("classpath*:plaza-defaults/*.properties")));
        for (String profile : environment.getActiveProfiles()) {
            Properties profileDefaults = load("classpath*:plaza-defaults/" + profile + "/*.properties");
            if (!profileDefaults.isEmpty()) {
                sources.addBefore(SOURCE_NAME, new PropertiesPropertySource(SOURCE_NAME + "-" + profile, profileDefaults));
            }
        }
    }

    private Properties load(String location) {
        Properties merged = new Properties();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(getClass().getClassLoader()).getResources(location);
            Arrays.sort(files, Comparator.comparing(Resource::getDescription));
            for (Resource file : files) {
                merged.putAll(PropertiesLoaderUtils.loadProperties(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Plaza defaults from " + location, e);
        }
        return merged;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
