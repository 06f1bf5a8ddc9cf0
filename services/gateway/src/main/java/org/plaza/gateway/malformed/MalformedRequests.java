package org.plaza.gateway.malformed;

import java.util.Arrays;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.plaza.starter.problem.LocalizedProblems;
import org.plaza.starter.security.SecuritySettings;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;

/**
 * Puts {@link PlazaErrorReportValve} in place of Tomcat's error report valve (and of the one Spring Boot adds), on the
 * host, where Tomcat turns to it for requests no application could be given. Runs after Spring Boot's own
 * customizer, which adds Tomcat's valve.
 */
@Component
class MalformedRequests implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final LocalizedProblems problems;
    private final ITemplateEngine templates;
    private final SecuritySettings security;

    MalformedRequests(LocalizedProblems problems, ITemplateEngine templates, SecuritySettings security) {
        this.problems = problems;
        this.templates = templates;
        this.security = security;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            Arrays.stream(host.getPipeline().getValves()).filter(ErrorReportValve.class::isInstance)
                    .forEach(host.getPipeline()::removeValve);
            host.getPipeline().addValve(new PlazaErrorReportValve(problems, templates, security));
            host.setErrorReportValveClass(PlazaErrorReportValve.class.getName());
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
