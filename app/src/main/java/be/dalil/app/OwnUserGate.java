package be.dalil.app;

import de.bwaldvogel.mongo.MongoServer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets only this process's own Unix user talk to the embedded database. The embedded server
 * (mongo-java-server) has no authentication and listens on a loopback port, where any local user
 * could read conversations; Linux says which user owns the other end of a loopback connection
 * ({@code /proc/net/tcp}), so a connection of any other user is closed before a byte is read.
 * The same user can read the data file anyway. Where {@code /proc/net} is missing (not Linux),
 * nothing can be checked and the README's mitigation applies.
 */
final class OwnUserGate extends ChannelInboundHandlerAdapter {

  private static final Logger log = LoggerFactory.getLogger(OwnUserGate.class);
  private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"),
      Path.of("/proc/net/tcp6"));

  private final int ownUid;
  private final int serverPort;

  private OwnUserGate(int ownUid, int serverPort) {
    this.ownUid = ownUid;
    this.serverPort = serverPort;
  }

  /** Puts the gate in front of the server's accepted connections; false where it cannot. */
  static boolean install(MongoServer server) {
    if (!TABLES.stream().allMatch(Files::isReadable)) {
      log.info("Embedded database: connections cannot be checked for their user here");
      return false;
    }
    try {
      int uid = (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      // mongo-java-server offers no hook for accepted connections: its listening channel is
      // private, and the gate goes in front of the channel's acceptor.
      Field field = MongoServer.class.getDeclaredField("channel");
      field.setAccessible(true);
      Channel listening = (Channel) field.get(server);
      listening.pipeline().addFirst("own-user-gate",
          new OwnUserGate(uid, server.getLocalAddress().getPort()));
      return true;
    } catch (IOException | ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot restrict the embedded database to this user", e);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object message) {
    if (message instanceof Channel accepted
        && accepted.remoteAddress() instanceof InetSocketAddress peer) {
      OptionalInt uid = ownerOf(peer.getPort(), serverPort);
      if (uid.isEmpty() || uid.getAsInt() != ownUid) {
        log.warn("Embedded database: closed a connection of another local user");
        accepted.unsafe().closeForcibly();
        return;
      }
    }
    ctx.fireChannelRead(message);
  }

  /** The user owning the local socket on {@code clientPort} connected to {@code serverPort}. */
  static OptionalInt ownerOf(int clientPort, int serverPort) {
    for (Path table : TABLES) {
      try {
        OptionalInt uid = ownerIn(Files.readAllLines(table), clientPort, serverPort);
        if (uid.isPresent()) {
          return uid;
        }
      } catch (IOException e) {
        return OptionalInt.empty();
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Reads a {@code /proc/net/tcp} table: columns are slot, local address, remote address, state,
   * queues, timer, retransmits, uid...; addresses are hex "IP:PORT".
   */
  static OptionalInt ownerIn(List<String> lines, int clientPort, int serverPort) {
    for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
      String[] columns = line.trim().split("\\s+");
      if (columns.length > 7 && port(columns[1]) == clientPort
          && port(columns[2]) == serverPort) {
        return OptionalInt.of(Integer.parseInt(columns[7]));
      }
    }
    return OptionalInt.empty();
  }

  private static int port(String address) {
    return Integer.parseInt(address.substring(address.indexOf(':') + 1).toLowerCase(Locale.ROOT),
        16);
  }
}
