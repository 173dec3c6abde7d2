<?php
// Installs Debian's WordPress into its own database and loads the peers' content into it
// through WordPress's own functions (wp_install, wp_insert_post, media_handle_sideload).
// Run by `bench/peers.py wordpress`: WORDPRESS_CONFIG=wnpeers php bench/peers_wordpress.php
// content.json http://127.0.0.1:8201
$content = json_decode(file_get_contents($argv[1]), true);
$site_url = $argv[2];
$_SERVER['HTTP_HOST'] = parse_url($site_url, PHP_URL_HOST) . ':' . parse_url($site_url, PHP_URL_PORT);
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

if (!is_blog_installed()) {
    wp_install($content['site'], 'admin', 'admin@example.invalid', true, '', 'peers-' . wp_generate_password(12));
}
update_option('siteurl', $site_url);
update_option('home', $site_url);
update_option('blogdescription', $content['tagline']);
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
update_option('posts_per_page', 12);
// The default theme is the only one Debian ships; the site owner's one edit is the home
// page's hard-coded "Mindblown: a blog about philosophy." heading, made the site's name.
switch_theme('twentytwentythree');
$home = file_get_contents(get_theme_root() . '/twentytwentythree/templates/home.html');
$home = str_replace('Mindblown: a blog about philosophy.', $content['site'], $home);
// As the Site Editor saves it: template parts name their theme, or they render empty.
$home = _inject_theme_attribute_in_block_template_content($home);
$saved = get_posts(['post_type' => 'wp_template', 'name' => 'home', 'post_status' => 'any']);
$id = wp_insert_post(['ID' => $saved ? $saved[0]->ID : 0, 'post_type' => 'wp_template',
    'post_name' => 'home', 'post_title' => 'Home', 'post_status' => 'publish',
    'post_content' => wp_slash($home)]);
wp_set_object_terms($id, 'twentytwentythree', 'wp_theme');
wp_delete_post(1, true);  // "Hello world!"
wp_delete_post(2, true);  // "Sample Page"
wp_delete_post(3, true);  // the draft privacy policy

$author = get_user_by('login', 'admin');
wp_update_user(['ID' => $author->ID, 'display_name' => 'Newsroom']);
// Oldest first, so the newest post is WordPress's newest too.
foreach (array_reverse($content['articles']) as $a) {
    if (get_page_by_path($a['slug'], OBJECT, 'post')) {
        continue;
    }
    $cat = get_term_by('name', $a['topic'], 'category');
    $cat_id = $cat ? $cat->term_id : wp_insert_term($a['topic'], 'category')['term_id'];
    $html = $a['body_html'] . ($a['credit_html'] ? '<p><em>' . $a['credit_html'] . '</em></p>' : '');
    $post_id = wp_insert_post([
        'post_title' => wp_slash($a['title']),
        'post_name' => $a['slug'],
        'post_content' => wp_slash($html),
        'post_excerpt' => wp_slash($a['excerpt']),
        'post_status' => 'publish',
        'post_date_gmt' => $a['published_gmt'],
        'post_date' => get_date_from_gmt($a['published_gmt']),
        'post_author' => $author->ID,
        'post_category' => [$cat_id],
        'tags_input' => $a['tags'],
    ], true);
    if (is_wp_error($post_id)) {
        fwrite(STDERR, $post_id->get_error_message() . "\n");
        continue;
    }
    $tmp = wp_tempnam($a['picture']);
    copy($a['picture'], $tmp);
    $media = media_handle_sideload(['name' => basename($a['picture']), 'tmp_name' => $tmp], $post_id,
        $a['picture_alt']);
    if (!is_wp_error($media)) {
        update_post_meta($media, '_wp_attachment_image_alt', $a['picture_alt']);
        wp_update_post(['ID' => $media, 'post_excerpt' => $a['caption']]);  // the caption
        set_post_thumbnail($post_id, $media);
    }
    echo "WordPress: {$a['slug']}\n";
}
if (!empty($content['seed_slug'])) {
    $seed = get_page_by_path($content['seed_slug'], OBJECT, 'post');
    if ($seed) {
        stick_post($seed->ID);  // the lead story, as on our front page
    }
}
flush_rewrite_rules();
