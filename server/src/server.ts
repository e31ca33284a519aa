import { setFlagsFromString } from 'node:v8';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

// Each edit of a long document leaves the last version's model behind; V8 lets the heap grow to
// about twice its live size before collecting it, which for a 10 MB document meant a peak some
// 70 bytes per byte of text. Growing by at most 30% before a full collection keeps the peak near
// 25 at the cost of more frequent (incremental, mostly concurrent) collections. Set here, not on
// the command line, so it holds whichever editor starts the server.
setFlagsFromString('--heap-growing-percent=30');

// Transport (stdio, IPC or socket) is chosen by the command-line flags the client passes.
const connection = createConnection(ProposedFeatures.all);
// A failed notification to the client (say, a message it cannot show) must never end the server.
process.on('unhandledRejection', (e) => connection.console.error(`Conflict Lens: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection);
