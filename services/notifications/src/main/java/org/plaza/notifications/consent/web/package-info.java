/** The bilingual unsubscribe page: a confirm button (a POST, works without JavaScript) and RFC 8058 one-click. */
package org.plaza.notifications.consent.web;
