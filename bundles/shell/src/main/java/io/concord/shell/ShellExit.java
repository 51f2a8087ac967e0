package io.concord.shell;

import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * {@code exit} in the shell: stops the framework, so that the run ends as any command's does (bundles stopped in
 * order, the framework's cache removed). Gogo's own profile maps {@code exit} to {@code System.exit(int)},
 * which demands a number and cuts the run short; this one, in the scope Gogo searches first, takes either.
 */
@Component(service = ShellExit.class, property = {CommandProcessor.COMMAND_SCOPE + "=gogo",
        CommandProcessor.COMMAND_FUNCTION + "=exit"})
public final class ShellExit {
    private final BundleContext context;

    @Activate
    public ShellExit(BundleContext context) {
        this.context = context;
    }

    @Descriptor("leave the shell: stops Concord")
    public void exit() throws BundleException {
        context.getBundle(0).stop();
    }

    @Descriptor("leave the shell: stops Concord (the code is ignored: the run ends as any command's does)")
    public void exit(int code) throws BundleException {
        exit();
    }
}
