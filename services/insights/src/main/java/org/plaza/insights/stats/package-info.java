/** The read side: counts, series, breakdowns, the supporter funnel and deadlines, computed from the facts. */
package org.plaza.insights.stats;
