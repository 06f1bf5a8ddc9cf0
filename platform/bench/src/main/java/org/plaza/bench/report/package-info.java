/** What a run produced: figures, the timeline, the exactness check; written as JSON and as an HTML page with charts. */
package org.plaza.bench.report;
