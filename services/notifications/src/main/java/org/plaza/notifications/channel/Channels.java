package org.plaza.notifications.channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/** Every {@link Channel} bean, by name. */
@Component
public class Channels {

    private final Map<String, Channel> byName;

    public Channels(List<Channel> channels) {
        this.byName = channels.stream().collect(Collectors.toUnmodifiableMap(Channel::name, Function.identity()));
    }

    public Optional<Channel> find(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }
}
