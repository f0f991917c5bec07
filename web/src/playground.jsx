// The GraphQL playground: GraphiQL, served by newsgraph itself, talking to /graphql on the same
// host, with an "Examples" pane that loads a ready-made query and its variables in one click.
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { useEffect } from 'react';
import { useEditorContext } from '@graphiql/react';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';
import './playground.css';
import { examples } from './examples.js';

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true">
      <path d="M7 5l12 7-12 7z" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

function ExamplesPane() {
  const editors = useEditorContext({ nonNull: true });
  // GraphiQL starts a tab's variables empty whatever defaultTabs says: fill in the first
  // example's once, when its query is the one shown and no variables were typed.
  useEffect(() => {
    const q = editors.queryEditor;
    const v = editors.variableEditor;
    if (q && v && !v.getValue().trim() && q.getValue() === examples[0].query) {
      v.setValue(JSON.stringify(examples[0].variables, null, 2));
    }
  }, [editors.queryEditor, editors.variableEditor]);
  const load = (ex) => {
    editors.queryEditor?.setValue(ex.query);
    editors.variableEditor?.setValue(JSON.stringify(ex.variables, null, 2));
    // GraphiQL updates the operation name only after a pause in typing: name it now, so that
    // running straight after the click does not send the previous query's name.
    const m = /\b(?:query|mutation)\s+([_A-Za-z]\w*)/.exec(ex.query);
    editors.setOperationName?.(m ? m[1] : null);
  };
  return (
    <div className="ng-examples">
      <div className="graphiql-doc-explorer-title">Examples</div>
      <p>Click one to load it, then press the run button (or Ctrl-Enter).</p>
      <ul>
        {examples.map((ex, i) => (
          <li key={ex.title}>
            <button type="button" className="ng-example" data-example={i} onClick={() => load(ex)}>
              {ex.title}
            </button>
          </li>
        ))}
      </ul>
      <p className="ng-note">
        The <b>Docs</b> pane (book icon) lists every type and field. The{' '}
        <a href="/explore">explorer</a> draws the same graph as a network.
      </p>
    </div>
  );
}

const examplesPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPane };

// OpenExamples opens the Examples pane once the page is up. GraphiQL sizes its plugin pane only
// when the pane is opened from the sidebar (a visiblePlugin prop leaves it zero wide), so this
// presses that button.
function OpenExamples() {
  useEffect(() => {
    // The sidebar lists the plugins only after GraphiQL's stores settle: wait for the button.
    let tries = 0;
    const timer = setInterval(() => {
      const b = document.querySelector('.graphiql-sidebar button[aria-label="Show Examples"]');
      if (b || ++tries > 100) clearInterval(timer);
      if (b) b.click();
    }, 50);
    return () => clearInterval(timer);
  }, []);
  return null;
}

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[examplesPlugin]}
      defaultQuery={examples[0].query}
      defaultTabs={[{ query: examples[0].query, variables: JSON.stringify(examples[0].variables, null, 2) }]}
      defaultEditorToolsVisibility="variables"
    >
      <GraphiQL.Logo>
        <a href="/explore" className="ng-logo">newsgraph</a>
        <OpenExamples />
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')).render(<Playground />);
