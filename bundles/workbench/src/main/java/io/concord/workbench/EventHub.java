package io.concord.workbench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.concord.api.Annotator;
import io.concord.api.Exporter;
import io.concord.api.conflict.ConflictRule;
import jakarta.servlet.AsyncContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Server-sent events to the open workbench pages: {@code plugins} when an annotator, exporter or conflict
 * rule service, or any bundle, comes or goes (so the plug-ins panel follows {@code deploy/} live), and
 * {@code project} when a project's content changes. A keep-alive comment every 20 s finds closed pages.
 */
@Component(service = EventHub.class)
public final class EventHub implements BundleListener {
    private final List<AsyncContext> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "concord-workbench-events");
        t.setDaemon(true);
        return t;
    });
    private final BundleContext context;
    private final java.util.concurrent.atomic.AtomicLong pluginsGeneration = new java.util.concurrent.atomic.AtomicLong();

    @Activate
    public EventHub(BundleContext context) {
        this.context = context;
        context.addBundleListener(this);
        timer.scheduleAtFixedRate(() -> write(": keep-alive\n\n"), 20, 20, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(this);
        timer.shutdownNow();
        clients.forEach(c -> {
            try {
                c.complete();
            } catch (RuntimeException e) {
                // already closed by the browser
            }
        });
        clients.clear();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAnnotator(Annotator a) {
        pluginsChanged();
    }

    void unbindAnnotator(Annotator a) {
        pluginsChanged();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindExporter(Exporter e) {
        pluginsChanged();
    }

    void unbindExporter(Exporter e) {
        pluginsChanged();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRule(ConflictRule r) {
        pluginsChanged();
    }

    void unbindRule(ConflictRule r) {
        pluginsChanged();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        pluginsChanged();
    }

    public void register(AsyncContext client) {
        clients.add(client);
    }

    public void projectChanged(long projectId) {
        send("event: project\ndata: {\"project\": " + projectId + "}\n\n");
    }

    /** A number that changes whenever annotators, exporters, rules or bundles come or go. */
    public long pluginsGeneration() {
        return pluginsGeneration.get();
    }

    private void pluginsChanged() {
        pluginsGeneration.incrementAndGet();
        send("event: plugins\ndata: {}\n\n");
    }

    /**
     * Hands the event to the event thread: whoever reports a change (a request after its commit, the
     * framework's event thread) never waits for a page that reads slowly. A page that stops reading is
     * dropped when its write fails (Jetty's idle timeout ends a blocked write).
     */
    private void send(String event) {
        try {
            timer.execute(() -> write(event));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down
        }
    }

    private void write(String event) {
        for (AsyncContext c : clients) {
            try {
                var out = c.getResponse().getOutputStream();
                out.write(event.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException | RuntimeException e) {
                clients.remove(c);
                try {
                    c.complete();
                } catch (RuntimeException ignored) {
                    // the connection is gone already
                }
            }
        }
    }
}
