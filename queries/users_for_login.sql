-- Active users to choose from on the demo login screen, grouped by role.
-- Grain: one row per active user.
-- Params: none.
select
    u.id,
    u.login,
    u.display_name,
    u.role,
    m.name as municipality_name,
from app_user as u
left join municipality as m on m.code = u.municipality_code
where u.active
order by
    case u.role
        when 'ervaringsdeskundige' then 1
        when 'coordinator' then 2
        when 'contractmanager' then 3
        when 'begeleidingsgroep' then 4
        else 5
    end,
    u.display_name
