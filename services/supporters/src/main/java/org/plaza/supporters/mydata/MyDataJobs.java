package org.plaza.supporters.mydata;

import org.plaza.starter.jobs.PlazaJob;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The hourly purge of old code requests. */
@Configuration(proxyBeanMethods = false)
class MyDataJobs {

    @Bean
    PlazaJob myDataCodesPurge(MyDataCodes codes) {
        return codes.purgeJob();
    }
}
