// Break-glass passkeys for the admin console: WebAuthn needs JavaScript, so these two buttons
// are the console's only script. Everything else works without it.
(function () {
  'use strict';
  if (!window.PublicKeyCredential) return;
  document.documentElement.classList.add('js');

  function toBytes(b64url) {
    var s = b64url.replace(/-/g, '+').replace(/_/g, '/');
    while (s.length % 4) s += '=';
    var bin = atob(s);
    var out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out.buffer;
  }
  function toB64url(buf) {
    var bytes = new Uint8Array(buf);
    var bin = '';
    for (var i = 0; i < bytes.length; i++) bin += String.fromCharCode(bytes[i]);
    return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }
  function showError(el) {
    var box = document.getElementById('passkey-error');
    if (!box) return;
    box.textContent = el.dataset.failed;
    box.hidden = false;
  }
  async function post(url, body) {
    var res = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    var data = await res.json().catch(function () { return {}; });
    if (!res.ok) throw new Error(data.error || res.statusText);
    return data;
  }

  var signIn = document.getElementById('passkey-sign-in');
  if (signIn) {
    signIn.hidden = false;
    signIn.addEventListener('click', async function () {
      try {
        var start = await post('/admin/passkey/options', {});
        var o = start.options.publicKey;
        o.challenge = toBytes(o.challenge);
        (o.allowCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
        var cred = await navigator.credentials.get({ publicKey: o });
        var done = await post('/admin/passkey/verify', {
          ceremony: start.ceremony,
          credential: {
            id: cred.id,
            rawId: toB64url(cred.rawId),
            type: cred.type,
            response: {
              authenticatorData: toB64url(cred.response.authenticatorData),
              clientDataJSON: toB64url(cred.response.clientDataJSON),
              signature: toB64url(cred.response.signature),
              userHandle: cred.response.userHandle ? toB64url(cred.response.userHandle) : null,
            },
            extensions: cred.getClientExtensionResults(),
          },
        });
        window.location.assign(done.redirect);
      } catch (e) {
        console.warn(e); showError(signIn);
      }
    });
  }

  var form = document.getElementById('passkey-register');
  if (form) {
    var button = document.getElementById('passkey-register-button');
    button.hidden = false;
    form.addEventListener('submit', async function (ev) {
      ev.preventDefault();
      var csrf = form.dataset.csrf;
      var name = form.elements.name.value;
      try {
        var start = await post('/admin/account/passkeys/options', { csrf: csrf });
        var o = start.options.publicKey;
        o.challenge = toBytes(o.challenge);
        o.user.id = toBytes(o.user.id);
        (o.excludeCredentials || []).forEach(function (c) { c.id = toBytes(c.id); });
        var cred = await navigator.credentials.create({ publicKey: o });
        var done = await post('/admin/account/passkeys', {
          csrf: csrf,
          ceremony: start.ceremony,
          name: name,
          credential: {
            id: cred.id,
            rawId: toB64url(cred.rawId),
            type: cred.type,
            response: {
              attestationObject: toB64url(cred.response.attestationObject),
              clientDataJSON: toB64url(cred.response.clientDataJSON),
              transports: cred.response.getTransports ? cred.response.getTransports() : [],
            },
            extensions: cred.getClientExtensionResults(),
          },
        });
        window.location.assign(done.redirect);
      } catch (e) {
        console.warn(e); showError(form);
      }
    });
  }
})();
