/**
 * The dashboard: bilingual staff pages under {@code /staff/insights} (numbers without JavaScript,
 * charts and live counters with it), the same data as JSON under {@code /api/staff/insights}, and
 * the Server-Sent Events stream that keeps counters current.
 */
package org.plaza.insights.dashboard;
