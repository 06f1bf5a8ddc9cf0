/** Plaza's Spring Boot services: which exist in the repository, their ports, and how to run each one. */
package org.plaza.devstack.service;
