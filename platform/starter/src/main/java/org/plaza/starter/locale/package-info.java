/**
 * The language of every response: Spanish or English, chosen by {@code ?lang}, a remembered cookie,
 * {@code Accept-Language} or the platform default, with the shared message bundles.
 */
package org.plaza.starter.locale;
