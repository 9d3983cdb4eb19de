// Demo shop behaviour: debounced search against /api/search, add to cart, pay via /api/pay
// (which needs the session cookie from /login).
const q = document.getElementById('q');
const results = document.getElementById('results');
const cart = [];
let timer;
q.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(async () => {
    const res = await fetch('/api/search?q=' + encodeURIComponent(q.value));
    const items = await res.json();
    results.replaceChildren(
      ...items.map((item) => {
        const li = document.createElement('li');
        const add = document.createElement('button');
        add.textContent = 'Add ' + item.name;
        add.className = 'add';
        add.onclick = () => {
          cart.push(item);
          document.getElementById('cart').textContent = cart.map((i) => i.name).join(', ');
          document.getElementById('pay').disabled = false;
        };
        li.append(add, ' ', item.price + ' €');
        return li;
      }),
    );
    results.dataset.query = q.value;
  }, 120);
});
document.getElementById('pay').addEventListener('click', async () => {
  const res = await fetch('/api/pay', { method: 'POST', body: JSON.stringify(cart), headers: { 'content-type': 'application/json' } });
  const out = res.ok ? await res.json() : null;
  const box = document.getElementById(out ? 'confirmation' : 'error');
  box.textContent = out ? 'Payment confirmed: order ' + out.order : 'Payment refused (' + res.status + ')';
  box.hidden = false;
});
