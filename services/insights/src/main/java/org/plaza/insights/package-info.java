/** The insights service: projections of every Plaza event, the live dashboard, platform health and reports. */
package org.plaza.insights;
