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
 * Adds every {@code classpath*:plaza-defaults/*.properties} file as the lowest-precedence property
 * source, so each service inherits the platform's conventions (bindings, metrics, locale, security)
 * and overrides any of them in its own {@code application.yml}.
 */
public class PlazaDefaults implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE_NAME = "plazaDefaults";
    private static final String LOCATION = "classpath*:plaza-defaults/*.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        Properties merged = new Properties();
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(getClass().getClassLoader())
                    .getResources(LOCATION);
            Arrays.sort(files, Comparator.comparing(Resource::getDescription));
            for (Resource file : files) {
                merged.putAll(PropertiesLoaderUtils.loadProperties(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read Plaza defaults from " + LOCATION, e);
        }
        environment.getPropertySources().addLast(new PropertiesPropertySource(SOURCE_NAME, merged));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
