/** Driving load: open (arrival rate) and closed (concurrent users) models, and recording what happened. */
package org.plaza.bench.load;
