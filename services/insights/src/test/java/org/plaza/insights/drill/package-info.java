/** Fault drills: the insights service killed mid-stream in a child JVM, and a full replay, end with exact projections. */
package org.plaza.insights.drill;
