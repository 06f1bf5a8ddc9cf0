/** Requests to the notifications service, built with named fields and a typed category. */
package org.plaza.starter.notification;
