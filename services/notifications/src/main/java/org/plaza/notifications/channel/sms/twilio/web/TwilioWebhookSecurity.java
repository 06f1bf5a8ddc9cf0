package org.plaza.notifications.channel.sms.twilio.web;

import org.plaza.notifications.channel.sms.twilio.TwilioCallbacks;
import org.plaza.starter.security.PlazaHttpSecurityCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** Twilio posts its webhooks without a CSRF token: its signature, checked by the controller, is the proof. */
@Configuration(proxyBeanMethods = false)
class TwilioWebhookSecurity {

    @Bean
    PlazaHttpSecurityCustomizer twilioWebhooks() {
        return new PlazaHttpSecurityCustomizer() {
            @Override
            public void customize(HttpSecurity http) throws Exception {
                http.csrf(csrf -> csrf.ignoringRequestMatchers(
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TwilioCallbacks.STATUS_PATH),
                        PathPatternRequestMatcher.pathPattern(HttpMethod.POST, TwilioCallbacks.INBOUND_PATH)));
            }
        };
    }
}
