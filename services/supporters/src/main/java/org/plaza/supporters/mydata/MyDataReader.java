package org.plaza.supporters.mydata;

import org.plaza.supporters.erasure.Erasing;
import org.plaza.supporters.supporter.SupporterStore;
import org.springframework.stereotype.Service;

/** Reads what is kept about a person (the web layer shows it and writes it as JSON and CSV downloads). */
@Service
public class MyDataReader {

    private final SupporterStore store;
    private final Erasing erasing;

    MyDataReader(SupporterStore store, Erasing erasing) {
        this.store = store;
        this.erasing = erasing;
    }

    public MyData read(String supporterId) {
        return MyData.of(store.find(supporterId).orElse(null), erasing.erasedAt(supporterId).orElse(null));
    }
}
