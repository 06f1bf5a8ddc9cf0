/** The per-campaign impact report for funders and board members, as a PDF and as CSV, in Spanish or English. */
package org.plaza.insights.report;
