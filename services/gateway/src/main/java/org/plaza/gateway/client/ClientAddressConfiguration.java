package org.plaza.gateway.client;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the client address filter ahead of every other filter. */
@Configuration(proxyBeanMethods = false)
class ClientAddressConfiguration {

    @Bean
    ClientAddresses clientAddresses(@Value("${plaza.gateway.trusted-proxies:}") List<String> trustedProxies) {
        return new ClientAddresses(TrustedProxies.of(trustedProxies));
    }

    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(ClientAddresses addresses) {
        FilterRegistrationBean<ClientAddressFilter> registration = new FilterRegistrationBean<>(
                new ClientAddressFilter(addresses));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
