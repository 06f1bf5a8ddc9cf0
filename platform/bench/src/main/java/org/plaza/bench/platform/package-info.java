/** What the service scenarios share: staff sign-in, fixtures made through staff APIs, emailed codes from Kafka, synthetic residents. */
package org.plaza.bench.platform;
