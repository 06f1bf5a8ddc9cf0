/** Every service's OpenAPI document at {@code /v3/api-docs}: public, JSON, with the staff token scheme on staff operations. */
package org.plaza.starter.openapi;
