/**
 * A tiny Plaza service for the starter's web tests: public and staff APIs, a resident form page,
 * a staff page, and controllers that fail in every way the starter must answer.
 */
package org.plaza.starter.webtest;
