package org.plaza.gateway.routing;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The threads behind the gateway's calls to the services. Spring's JDK request factory writes each request body from
 * an executor; given none, it takes a {@code SimpleAsyncTaskExecutor}, which starts a new thread for every proxied
 * request with a body (every resident write, twice per signature) and lets it die afterwards. Here the JDK client and
 * the body writers share one cached pool of daemon threads instead, which reuses idle threads and never queues a
 * call (a call never waits for a thread, as before). The pool is not an {@code Executor} bean, so it does not stand in
 * for Boot's application task executor.
 */
@Configuration(proxyBeanMethods = false)
class ServiceCallThreads implements DisposableBean {

    private final ExecutorService threads;

    ServiceCallThreads() {
        CustomizableThreadFactory factory = new CustomizableThreadFactory("service-call-");
        factory.setDaemon(true);
        this.threads = Executors.newCachedThreadPool(factory);
    }

    @Bean
    ClientHttpRequestFactoryBuilderCustomizer<ClientHttpRequestFactoryBuilder<?>> serviceCallsOnPooledThreads() {
        return builder -> builder instanceof JdkClientHttpRequestFactoryBuilder jdk ? jdk.withExecutor(threads) : builder;
    }

    @Override
    public void destroy() {
        threads.shutdown();
    }
}
