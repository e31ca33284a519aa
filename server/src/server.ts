import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

// Transport (stdio, IPC or socket) is chosen by the command-line flags the client passes.
startServer(createConnection(ProposedFeatures.all));
