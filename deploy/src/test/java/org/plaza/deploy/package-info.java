/** Validates the Docker Compose deployment without a Docker engine: schema, platform rules, Dockerfile, monitoring. */
package org.plaza.deploy;
