/** Test support for the insights service: one shared Spring context, stub services, a test-only staff sign-in, event fixtures. */
package org.plaza.insights.support;
