import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

// Transport (stdio, IPC or socket) is chosen by the command-line flags the client passes.
const connection = createConnection(ProposedFeatures.all);
// A failed notification to the client (say, a message it cannot show) must never end the server.
process.on('unhandledRejection', (e) => connection.console.error(`Conflict Lens: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
startServer(connection);
