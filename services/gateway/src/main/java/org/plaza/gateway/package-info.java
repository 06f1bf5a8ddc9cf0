/** The gateway: Plaza's one public origin in front of every service. */
package org.plaza.gateway;
