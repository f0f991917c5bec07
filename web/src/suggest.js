// suggest.js: a small combobox: as the user types, entities whose name starts with the text are
// offered below the input; arrow keys move, Enter or a click picks.

// setupSuggest wires input and list; fetch(prefix) returns entities; pick(name) is called with
// the chosen entity's ID (or the typed text on Enter with nothing highlighted, left to the form).
export function setupSuggest(input, list, fetch, pick) {
  let items = [];
  let active = -1;
  let seq = 0;
  let timer;

  const close = () => {
    list.replaceChildren();
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    items = [];
    active = -1;
  };
  const render = () => {
    list.replaceChildren();
    items.forEach((e, i) => {
      const li = document.createElement('li');
      li.role = 'option';
      li.dataset.id = e.id;
      li.className = i === active ? 'active' : '';
      li.innerHTML = '<span class="name"></span> <span class="kind"></span>';
      li.querySelector('.name').textContent = e.name;
      li.querySelector('.kind').textContent = [e.type.toLowerCase(), e.code].filter(Boolean).join(' · ');
      li.addEventListener('mousedown', (ev) => {
        ev.preventDefault();
        choose(i);
      });
      list.append(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
  };
  const choose = (i) => {
    const e = items[i];
    close();
    input.value = e.name;
    pick(e.id);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 1) return close();
    timer = setTimeout(async () => {
      const my = ++seq;
      try {
        const got = await fetch(prefix);
        if (my !== seq) return;
        items = got;
        active = -1;
        render();
      } catch {
        close();
      }
    }, 150);
  });
  input.addEventListener('keydown', (ev) => {
    if (list.hidden) return;
    if (ev.key === 'ArrowDown') active = Math.min(items.length - 1, active + 1);
    else if (ev.key === 'ArrowUp') active = Math.max(-1, active - 1);
    else if (ev.key === 'Escape') return close();
    else if (ev.key === 'Enter' && active >= 0) {
      ev.preventDefault();
      return choose(active);
    } else if (ev.key === 'Enter') {
      clearTimeout(timer);
      seq++; // a suggestion still on its way is no longer wanted
      return close(); // the form submits the typed text
    } else return;
    ev.preventDefault();
    render();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  close();
}
