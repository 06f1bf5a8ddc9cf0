/**
 * RFC 9457 problem details for every API and a plain bilingual error page for every other request:
 * localized title and detail, the invalid fields, and never a stack trace or internal message.
 */
package org.plaza.starter.problem;
