/** The event backbone proven end to end: a real Kafka broker process, MongoDB wire protocol, the real relay and consumers. */
package org.plaza.starter.backbone;
