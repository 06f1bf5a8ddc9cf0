/** Platform-wide configuration defaults that every service inherits and may override. */
package org.plaza.starter.config;
