package org.plaza.devstack.process;

/** Asks a starting component whether it answers its clients yet; polled until it says yes. */
public interface ReadinessProbe extends AutoCloseable {

    /** True once the component answers; false or an exception while it is still starting. */
    boolean ready() throws Exception;

    @Override
    default void close() {
    }
}
