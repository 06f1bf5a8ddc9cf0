package org.plaza.comments.grouping;

import org.plaza.comments.comment.CommentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Groups a comment right after it is confirmed or edited. A failure here never fails the resident's
 * request: the comment stays ungrouped and is grouped before the packet is compiled.
 */
@Component
class GroupingListener {

    private static final Logger log = LoggerFactory.getLogger(GroupingListener.class);

    private final Grouping grouping;

    GroupingListener(Grouping grouping) {
        this.grouping = grouping;
    }

    @EventListener
    void changed(CommentChanged event) {
        try {
            grouping.group(event.comment(), event.drive());
        } catch (RuntimeException e) {
            log.warn("Could not group comment {} now; it will be grouped before the packet: {}", event.comment().id(),
                    e.toString());
        }
    }
}
