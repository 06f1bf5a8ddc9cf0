/** Tests of the service's pages in a real browser. */
package org.plaza.outreach.web;
